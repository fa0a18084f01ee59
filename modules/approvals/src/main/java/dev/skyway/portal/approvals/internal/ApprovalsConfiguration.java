package dev.skyway.portal.approvals.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.approvals.TeamDirectory;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Settings, the policy parser, the configuration-backed team directory (unless the application has one), and the
 * SLA monitor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApprovalsProperties.class, DelegationProperties.class})
class ApprovalsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsConfiguration.class);

    @Bean
    PolicyParser policyParser(ApprovalsProperties properties) {
        return new PolicyParser(properties.defaultSla(), properties.fallbackRole().name());
    }

    @Bean
    @ConditionalOnMissingBean(TeamDirectory.class)
    TeamDirectory configuredTeamDirectory(ApprovalsProperties properties) {
        return team -> {
            List<String> leads = team == null ? null : properties.teamLeads().get(team);
            Set<String> result = new LinkedHashSet<>();
            if (leads != null) {
                leads.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(result::add);
            }
            return result;
        };
    }

    /**
     * Runs the SLA checks every {@code portal.approvals.sla-check-interval} (also the delay of the first one after
     * start), once per interval across replicas, and sends reminders after the tick committed.
     */
    @Bean
    PeriodicJob slaMonitor(SlaChecks checks, Notifications notifications, ApprovalsProperties properties) {
        Schedule schedule = new Schedule(properties.slaCheckInterval(), properties.slaCheckInterval());
        return PeriodicJob.of("approvals-sla", schedule, Duration.ofMinutes(10),
                () -> checkSlas(checks, notifications));
    }

    private static void checkSlas(SlaChecks checks, Notifications notifications) {
        SlaChecks.Outcome outcome = checks.run();
        outcome.reminders().forEach(notifications::send);
        if (outcome.reminded() + outcome.escalated() > 0) {
            LOG.info("Approval SLA: {} reminded, {} escalated", outcome.reminded(), outcome.escalated());
        }
    }
}
