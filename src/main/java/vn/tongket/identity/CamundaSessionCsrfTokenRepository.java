package vn.tongket.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of /api is the web apps' own: Camunda's {@code CsrfPreventionFilter} keeps it in the session
 * attribute {@code CAMUNDA_CSRF_TOKEN}, sends it as the cookie {@code XSRF-TOKEN} (path {@code /camunda}) and expects
 * it back in the header {@code X-XSRF-TOKEN}. So one token serves Tasklist/Cockpit, a Cockpit plugin (it reads the
 * cookie) and our pages (they ask {@code GET /api/auth/csrf}). A token is never stored without a session: requests
 * without one (HTTP Basic scripts) have nothing to protect. When this repository creates the token of a session
 * (the first request after a login may be ours), it also sends the {@code XSRF-TOKEN} cookie exactly as Camunda's
 * filter would, so the web apps and a Cockpit plugin in the same browser go on reading the right token.
 */
public class CamundaSessionCsrfTokenRepository implements CsrfTokenRepository {

    public static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    public static final String PARAMETER = "_csrf";

    public static final String COOKIE = "XSRF-TOKEN";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String webappPath;

    /** @param webappPath {@code camunda.bpm.webapp.application-path}, the path of Camunda's XSRF cookie */
    public CamundaSessionCsrfTokenRepository(String webappPath) {
        this.webappPath = webappPath;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new DefaultCsrfToken(HEADER, PARAMETER, HexFormat.of().withUpperCase().formatHex(bytes));
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || token == null) {
            return; // logout and token removal belong to Camunda's web apps
        }
        if (session.getAttribute(SESSION_ATTRIBUTE) == null) {
            session.setAttribute(SESSION_ATTRIBUTE, token.getToken());
            String path = request.getContextPath() + webappPath;
            response.addHeader("Set-Cookie", COOKIE + "=" + token.getToken() + ";Path=" + (path.isEmpty() ? "/" : path)
                    + ";SameSite=Lax" + (request.isSecure() ? ";Secure" : ""));
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return token instanceof String s ? new DefaultCsrfToken(HEADER, PARAMETER, s) : null;
    }
}
