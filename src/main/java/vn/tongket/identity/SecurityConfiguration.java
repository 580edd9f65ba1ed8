package vn.tongket.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;


/**
 * The one filter chain in front of every URL (DECISIONS.md §1).
 * <ul>
 * <li>{@link StrictHttpFirewall} for all requests: {@code ;} path parameters, encoded {@code /}, {@code %}, {@code .},
 * backslashes and non-normalized paths are refused with a JSON 400 before any filter or servlet sees them.</li>
 * <li>Camunda's web apps ({@code /camunda/**}) and engine REST ({@code /engine-rest/**}) keep their own login,
 * CSRF and authentication filters: this chain lets them through (after the firewall) and only adds the
 * Vietnamese temporary-lock message to the web apps' login.</li>
 * <li>Everything else: our /api and pages. /api needs a login — HTTP Basic or the web apps' session
 * ({@link ApiAuthenticationFilter}); public are the OpenAPI description and UI and the static pages. Rules match the
 * decoded, normalized path, and anything not listed needs a login. State-changing calls made with the session need
 * the web apps' XSRF token ({@link CamundaSessionCsrfTokenRepository}); HTTP Basic calls do not. Cross-site
 * state-changing requests are refused ({@link SameOriginFilter}).</li>
 * </ul>
 * Passwords are Camunda's (identity service, synced from the organization model); Spring Security keeps no users
 * and stores no context in the session.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Pages and files anybody may load (they call /api, which asks for the login). */
    static final String[] PUBLIC = {"/", "/index.html", "/favicon.ico", "/error",
        "/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**",
        "/common/**", "/vote", "/vote/**", "/dashboard", "/dashboard/**", "/commendation", "/commendation/**",
        "/evaluation", "/evaluation/**", "/ranking", "/ranking/**"};

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> bean = new FilterRegistrationBean<>();
        bean.setName("camunda-rest-auth");
        bean.setFilter(new ProcessEngineAuthenticationFilter());
        bean.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        // the Jersey servlet lives under /engine-rest: the filter must strip it to find the engine name
        bean.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
        bean.addUrlPatterns("/engine-rest/*");
        bean.setOrder(10);
        return bean;
    }

    /**
     * URL patterns of both chains are {@code PathPattern}s on the whole path within the application (decoded,
     * path parameters removed), for every servlet — Camunda's Jersey servlets included, which Spring MVC's
     * matchers do not see.
     */
    @Bean
    public static PathPatternRequestMatcherBuilderFactoryBean pathPatternMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    public HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    public WebSecurityCustomizer firewallCustomizer(HttpFirewall firewall) {
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, e) -> {
            log.info("Refused request URL ({}): {}", e.getMessage(), truncate(request.getRequestURI()));
            JsonErrorWriter.write(response, 400, "Địa chỉ yêu cầu không hợp lệ");
        });
    }

    @Bean
    public CamundaSessionCsrfTokenRepository csrfTokenRepository(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        return new CamundaSessionCsrfTokenRepository(webappPath);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain camundaChain(HttpSecurity http, LoginThrottleService throttle,
                                            CamundaSessionCsrfTokenRepository csrfTokens) throws Exception {
        http.securityMatcher("/camunda/**", "/engine-rest/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())          // Camunda's CsrfPreventionFilter protects its web apps
                .headers(h -> h.disable())       // Camunda's HeaderSecurityFilter writes the web apps' headers
                .requestCache(r -> r.disable())
                .securityContext(s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .addFilterBefore(new WebappLoginLockFilter(throttle, csrfTokens), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain appChain(HttpSecurity http, IdentityService identityService, LoginThrottleService throttle,
                                        CamundaSessionCsrfTokenRepository csrfTokens,
                                        @Value("${tongket.security.allowed-origins:}") String allowedOrigins) throws Exception {
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        http.securityMatcher("/**")
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .csrf(c -> c.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(plainToken)
                        .requireCsrfProtectionMatcher(SecurityConfiguration::stateChangingWithSession))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())         // logout is the web apps'
                .requestCache(r -> r.disable())
                .securityContext(s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // no session-fixation id change or CSRF rotation per request: the session is the web apps' (they log in)
                .sessionManagement(s -> s.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            if (request.getHeader("X-Requested-With") == null) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"tongket\", charset=\"UTF-8\"");
                            }
                            JsonErrorWriter.write(response, 401, "Cần đăng nhập (HTTP Basic hoặc phiên Tasklist)");
                        })
                        .accessDeniedHandler((request, response, ex) -> JsonErrorWriter.write(response, 403,
                                ex instanceof CsrfException
                                        ? "Thiếu hoặc sai mã chống giả mạo (CSRF): gửi tiêu đề X-XSRF-TOKEN lấy từ "
                                        + "GET /api/auth/csrf, hoặc tải lại trang"
                                        : "Không có quyền thực hiện thao tác này")))
                .addFilterBefore(new SameOriginFilter(origins(allowedOrigins)), CsrfFilter.class)
                .addFilterBefore(new ApiAuthenticationFilter(identityService, throttle), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** CSRF applies where the browser's cookie authenticates: a state-changing call with a session, no Basic header. */
    static boolean stateChangingWithSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && !ApiAuthenticationFilter.hasBasic(request)
                && request.getSession(false) != null;
    }

    private static Set<String> origins(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

}
