package vn.tongket.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests that a browser sends from another site: an {@code Origin} (or {@code Referer}
 * when there is no Origin) other than this server's own, or {@code Sec-Fetch-Site: cross-site}. Applies to session
 * and HTTP Basic calls alike (a browser may replay cached Basic credentials); scripts send no Origin and pass.
 * Behind a reverse proxy, set {@code server.forward-headers-strategy} so the server knows its public address,
 * or list that address in {@code tongket.security.allowed-origins}.
 */
public class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedOrigins;

    public SameOriginFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && isCrossSite(request)) {
            JsonErrorWriter.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "Yêu cầu gửi từ trang web khác bị từ chối (chỉ các trang của hệ thống được gửi dữ liệu)");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = originOf(referer);
        }
        if (origin == null || "null".equals(origin)) {
            return true;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        return !normalized.equals(ownOrigin(request)) && !allowedOrigins.contains(normalized);
    }

    private static String originOf(String url) {
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
