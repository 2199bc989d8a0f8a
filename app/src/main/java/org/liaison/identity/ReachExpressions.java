package org.liaison.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.liaison.directory.AgencyId;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * The named permission expressions of every {@code @PreAuthorize} ({@link org.liaison.shared.Permissions}):
 * bean {@code reach}, answering from {@link Reach#current()}, so that method security and the modules' own
 * checks can never disagree. {@link Reach#allows} evaluates the very same expressions over one given reach.
 */
@Component("reach")
class ReachExpressions {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    /** Only the few constants of Permissions are ever evaluated, so this stays as small as that list. */
    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();

    private final Supplier<Reach> reach;

    ReachExpressions() {
        this(Reach::current);
    }

    private ReachExpressions(Supplier<Reach> reach) {
        this.reach = reach;
    }

    /** Whether {@code caller} satisfies {@code permission}, one of the constants of Permissions (never user input). */
    static boolean evaluate(String permission, Reach caller) {
        var expressions = new ReachExpressions(() -> caller);
        var context = new StandardEvaluationContext();
        context.setBeanResolver((ignored, name) -> {
            if (!"reach".equals(name)) {
                throw new AccessException("a permission names only the reach bean, not " + name);
            }
            return expressions;
        });
        context.setTypeLocator(type -> {
            throw new EvaluationException("a permission names no type, not " + type);
        });
        return Boolean.TRUE.equals(PARSED.computeIfAbsent(permission, PARSER::parseExpression).getValue(context, Boolean.class));
    }

    /** An officer with a completed sign-in, or the node itself. */
    public boolean signedIn() {
        return reach.get() instanceof Reach.Officer || reach.get() instanceof Reach.Node;
    }

    public boolean administers() {
        return reach.get().administers();
    }

    /** Holds one of the roles (named as in {@link Role}), or administers the node. */
    public boolean actsAs(String... roles) {
        return reach.get().mayActAs(Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toSet()));
    }

    /** Holds this very role, whatever else (administrators included only if they hold it too). */
    public boolean holds(String role) {
        return reach.get().has(Role.valueOf(role));
    }

    /** May act for the agency with this id. */
    public boolean covers(String agencyId) {
        return reach.get().covers(AgencyId.of(agencyId));
    }
}
