package org.liaison.audit.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How the verifier logs in to a database given by URL: the URL, without credentials, and the user and password
 * from it ({@code ?user=…&password=…} or {@code //user:password@host}, also in libpq's {@code postgresql://}
 * form) or else from the environment. Without a user it refuses rather than let the driver try the operating
 * system's user name, which is never the node's role.
 */
record DatabaseLogin(String url, String user, @Nullable String password) {

    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:postgresql://)([^/?#@]*)@(.*)$");

    /** The database the node itself uses when it runs on an external PostgreSQL, read as Spring Boot reads it. */
    static Optional<DatabaseLogin> ofNode(Map<String, String> env) {
        var url = env.get("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(url, env.get("SPRING_DATASOURCE_USERNAME"), env.get("SPRING_DATASOURCE_PASSWORD"),
                "SPRING_DATASOURCE_USERNAME"));
    }

    /** A URL given with {@code --jdbc-url}; credentials not in it from LIAISON_DB_USER and LIAISON_DB_PASSWORD. */
    static DatabaseLogin ofUrl(String url, Map<String, String> env) {
        return parse(url, env.get("LIAISON_DB_USER"), env.get("LIAISON_DB_PASSWORD"), "LIAISON_DB_USER");
    }

    static DatabaseLogin parse(String given, @Nullable String user, @Nullable String password, String userVariable) {
        var url = given.strip().replaceFirst("^(postgres|postgresql)://", "jdbc:postgresql://");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + masked(url));
        }
        var userInfo = USER_INFO.matcher(url);
        if (userInfo.matches()) {
            var parts = userInfo.group(2).split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : password;
            url = userInfo.group(1) + userInfo.group(3);
        }
        var parsed = new PGSimpleDataSource();
        try {
            parsed.setUrl(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + masked(url));
        }
        user = parsed.getUser() != null ? parsed.getUser() : user;
        password = parsed.getPassword() != null ? parsed.getPassword() : password;
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("no database user for " + masked(url) + ": add ?user=…&password=… to the URL"
                    + " or set " + userVariable + " (and the password)");
        }
        return new DatabaseLogin(url, user, password);
    }

    /** The URL as it may be printed: any password in it starred. */
    String description() {
        return masked(url) + " as " + user;
    }

    private static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^/?#@:]*:)[^/?#@]*@", "$1***@");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
