package org.liaison;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc over the whole node with the security filter chain, so {@code @WithMockUser} reaches the requests.
 * Built by hand because Boot 4 moved the automatic security wiring of MockMvc into a module this build lacks.
 */
public final class MockMvcs {

    private MockMvcs() {
    }

    public static MockMvc withSecurity(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
