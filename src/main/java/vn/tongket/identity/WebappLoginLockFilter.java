package vn.tongket.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Around the web apps' login request ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}):
 * <ul>
 * <li>a member whose account is temporarily locked is told so — Camunda answers a bare 401 otherwise; the answer
 * becomes {@code {"status":401,"message":"Tài khoản tạm khóa đến HH:mm …"}} (the lock itself is applied by the
 * engine's password check, {@link ThrottledIdentityServiceProvider});</li>
 * <li>after a successful login (Camunda starts a new session without a CSRF token) the new session gets its token
 * and the browser the matching {@code XSRF-TOKEN} cookie at once, so our pages and the web apps share it.</li>
 * </ul>
 */
public class WebappLoginLockFilter extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final int MAX_BODY = 8 * 1024;

    private final LoginThrottleService throttle;
    private final CamundaSessionCsrfTokenRepository csrfTokens;

    public WebappLoginLockFilter(LoginThrottleService throttle, CamundaSessionCsrfTokenRepository csrfTokens) {
        this.throttle = throttle;
        this.csrfTokens = csrfTokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            JsonErrorWriter.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Yêu cầu đăng nhập quá lớn");
            return;
        }
        String username = formField(new String(body, StandardCharsets.UTF_8), "username");
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response); // Jersey commits otherwise
        HeldError held = new HeldError(cached);
        chain.doFilter(new ReplayedBody(request, body), held);
        if (held.errorStatus == HttpServletResponse.SC_UNAUTHORIZED && username != null) {
            var message = throttle.lockMessage(username);
            if (message.isPresent()) {
                JsonErrorWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, message.get());
                return;
            }
        }
        if (held.errorStatus != 0) {
            cached.resetBuffer();
            response.sendError(held.errorStatus);
            return;
        }
        HttpSession session = request.getSession(false);
        if (cached.getStatus() == HttpServletResponse.SC_OK && session != null
                && session.getAttribute(CamundaSessionCsrfTokenRepository.SESSION_ATTRIBUTE) == null) {
            csrfTokens.saveToken(csrfTokens.generateToken(request), request, cached);
        }
        cached.copyBodyToResponse();
    }

    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            try {
                if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return null;
    }

    /** Holds back Jersey's {@code sendError} so the answer can still be written here. */
    private static final class HeldError extends HttpServletResponseWrapper {
        int errorStatus;

        HeldError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) {
            errorStatus = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            errorStatus = sc;
        }
    }

    /** The request with its body read once here and served again to Camunda's login resource. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
