package vn.tongket.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Boot serves {@code index.html} only for the root: the pages under {@code static/<feature>/} are
 * reached as {@code /vote/}, {@code /dashboard/}… (links in forms and the README), so forward those to their index.
 */
@Configuration
public class StaticPagesConfiguration implements WebMvcConfigurer {

    private static final String[] PAGES = {"vote", "dashboard", "commendation", "evaluation"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
            registry.addRedirectViewController("/" + page, "/" + page + "/");
        }
    }
}
