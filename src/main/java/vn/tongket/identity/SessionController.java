package vn.tongket.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a page logged in through the web apps' session needs to call /api: the CSRF header and its token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Đăng nhập")
public class SessionController {

    @GetMapping("/csrf")
    @Operation(summary = "Mã chống giả mạo (CSRF) của phiên đăng nhập",
            description = "Trang web dùng phiên đăng nhập của Tasklist/Cockpit gửi mã này trong tiêu đề X-XSRF-TOKEN "
                    + "với mọi yêu cầu POST/PUT/PATCH/DELETE. Gọi bằng HTTP Basic thì không cần (token là null).")
    public Map<String, Object> csrf(HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headerName", CamundaSessionCsrfTokenRepository.HEADER);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        body.put("token", request.getSession(false) == null || token == null ? null : token.getToken());
        body.put("user", CurrentUser.get().userId());
        return body;
    }
}
