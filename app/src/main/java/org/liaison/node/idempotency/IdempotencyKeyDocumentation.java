package org.liaison.node.idempotency;

import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Names the {@code Idempotency-Key} header in the OpenAPI description of every operation that honours it. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyDocumentation {

    private static final EnumSet<RequestMethod> UNSAFE = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            if (mapping != null && List.of(mapping.method()).stream().anyMatch(UNSAFE::contains)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(IdempotencyKey.MAX_LENGTH))
                        .description("A unique key per intended change (a UUID, say), sent again unchanged with every "
                                + "retry: a retry of a request that succeeded gets its first answer back (status, body, "
                                + "Location; header Idempotent-Replayed: true) instead of a second change. Kept 24 hours. "
                                + "422 problem for the same key with another request; 400 for a key that is not 1 to 255 "
                                + "printable ASCII characters."));
            }
            return operation;
        };
    }
}
