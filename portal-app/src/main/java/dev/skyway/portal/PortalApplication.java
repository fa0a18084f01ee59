package dev.skyway.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Skyway portal");
    }
}
