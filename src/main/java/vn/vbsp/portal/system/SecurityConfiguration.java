package vn.vbsp.portal.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. Pages are grouped by path; the finer rules (maker-checker, an officer's scope)
 * live in the services and queries, so that a changed id in a URL meets them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Metrics for Prometheus: an ADMIN only, signed in on the portal or by HTTP Basic (a scraper has no login form).
     * Looked at before the portal's rules.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**",
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers("/admin/audit").hasAnyRole("ADMIN", "DIRECTOR")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/imports/**").hasAnyRole("ADMIN", "STAFF")
                        .requestMatchers("/desk/**").hasAnyRole("ADMIN", "STAFF", "DIRECTOR")
                        .requestMatchers("/officer/**").hasRole("ASSOCIATION")
                        .requestMatchers("/dashboard", "/dashboard.pdf", "/dashboard/**").hasAnyRole("ADMIN", "DIRECTOR", "BOARD")
                        .requestMatchers("/supervision/**", "/fees/**").hasAnyRole("ADMIN", "STAFF", "DIRECTOR", "BOARD", "ASSOCIATION")
                        .requestMatchers("/reports/**").hasAnyRole("ADMIN", "STAFF", "DIRECTOR", "BOARD", "ASSOCIATION")
                        .requestMatchers("/calendar/**").hasAnyRole("ADMIN", "STAFF", "DIRECTOR", "ASSOCIATION")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .headers(headers -> headers
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** One answer for a wrong password, an unknown user, a disabled or locked account: it tells nobody which exist. */
    private static SimpleUrlAuthenticationFailureHandler loginFailureHandler() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm named in each hash so that it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
