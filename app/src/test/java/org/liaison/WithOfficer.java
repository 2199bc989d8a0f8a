package org.liaison;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as an officer who completed both login factors, with the given roles and agency. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithOfficerFactory.class)
public @interface WithOfficer {

    String username() default "test.officer";

    String agency() default "KH/MOI";

    String[] roles() default { "OFFICER" };
}
