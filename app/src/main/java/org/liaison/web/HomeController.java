package org.liaison.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: what this node is and where to go. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
