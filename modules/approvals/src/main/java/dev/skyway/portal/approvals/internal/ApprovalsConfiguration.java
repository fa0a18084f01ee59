package dev.skyway.portal.approvals.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.approvals.TeamDirectory;

/** Settings, the policy parser, and the configuration-backed team directory (unless the application has one). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApprovalsProperties.class, DelegationProperties.class})
class ApprovalsConfiguration {

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
}
