package org.liaison.identity.signin;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The node of the sign-in tests: a clock the tests move, and a password encoder that counts the hashes it checks. */
@TestConfiguration
class SignInTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    @Primary
    CountingPasswords countingPasswords() {
        return new CountingPasswords(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    static final class CountingPasswords implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final AtomicInteger checked = new AtomicInteger();

        CountingPasswords(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        int checked() {
            return checked.get();
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}
