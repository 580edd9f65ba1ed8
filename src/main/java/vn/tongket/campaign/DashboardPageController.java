package vn.tongket.campaign;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the static deadline dashboard (src/main/resources/static/dashboard/) at /dashboard/. */
@Controller
public class DashboardPageController {

    @GetMapping({"/dashboard", "/dashboard/"})
    public String page() {
        return "forward:/dashboard/index.html";
    }
}
