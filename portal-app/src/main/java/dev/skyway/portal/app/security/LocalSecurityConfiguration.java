package dev.skyway.portal.app.security;

import java.net.InetAddress;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

import dev.skyway.portal.app.ui.LoginView;

/**
 * The embedded default: a Vaadin login form with the documented demo users, HTTP Basic for the API. Active unless
 * the {@code oidc} profile is.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!oidc")
class LocalSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DemoUsers demoUsers(PasswordEncoder encoder) {
        return new DemoUsers(encoder);
    }

    @Bean
    DemoUserBindingGuard demoUserBindingGuard(@Value("${server.address:#{null}}") @Nullable InetAddress serverAddress,
            @Value("${portal.security.demo-users.allow-remote:false}") boolean allowRemote) {
        return new DemoUserBindingGuard(serverAddress, allowRemote);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        WebSecurity.api(http, "Basic realm=\"skyway\"");
        http.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class);
        http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized("Basic realm=\"skyway\"")));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers(WebSecurity.STATIC_ASSETS).permitAll()
                .requestMatchers(WebSecurity.SWAGGER_UI).authenticated()
                // an error inside the API's filters is rendered by /error: answer it, don't send a login redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        WebSecurity.headers(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
