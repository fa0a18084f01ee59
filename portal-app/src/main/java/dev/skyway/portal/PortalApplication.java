package dev.skyway.portal;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Skyway: the internal developer portal for an AWS organization, as one deployable. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Skyway portal", sharedModules = "platform")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("assets/styles.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // jOOQ's banner and "tip of the day" are a dozen log lines on every start
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        SpringApplication application = new SpringApplication(PortalApplication.class);
        // -Dportal.startup.steps-file=steps.tsv: records the start's steps (each bean's creation, each
        // auto-configuration) and writes them to that file once started; bench/startup.sh ranks them
        String stepsFile = System.getProperty("portal.startup.steps-file");
        BufferingApplicationStartup steps = stepsFile == null ? null : new BufferingApplicationStartup(100_000);
        if (steps != null) {
            application.setApplicationStartup(steps);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (steps != null) {
            StartupSteps.write(steps.getBufferedTimeline(), Path.of(stepsFile));
        }
        // -Dportal.startup.exit-when-ready=true: the AOT cache's training run (Dockerfile, bench/startup.sh) stops
        // here, once ready, rather than at the context's refresh (spring.context.exit=onRefresh), so that the cache
        // also holds what a start does after the refresh: Tomcat's start and the runners that install the shipped
        // content (measured: about 1 s and 2 CPU seconds less to readiness on 2 cores)
        if (Boolean.getBoolean("portal.startup.exit-when-ready")) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Skyway portal");
    }
}
