package vn.tongket.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API and our /api are never anonymous. */
@Configuration
public class SecurityConfiguration {

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

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> bean = new FilterRegistrationBean<>();
        bean.setName("tongket-api-auth");
        bean.setFilter(new ApiAuthenticationFilter(identityService));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(20);
        return bean;
    }
}
