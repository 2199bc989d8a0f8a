package org.liaison.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.liaison.exchange.schema.PayloadSchemas;
import org.liaison.exchange.schema.PayloadTypes;

import org.liaison.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** The payload schemas, for officers' tools and partners' integrators (ADR 0013). */
@RestController
@RequestMapping(path = "/api/v1/exchange/schemas", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exchange", description = "Signed, policy-checked messages to partner agencies on other nodes")
class PayloadSchemasApi {

    private final PayloadTypes types;
    private final PayloadSchemas schemas;

    PayloadSchemasApi(PayloadTypes types, PayloadSchemas schemas) {
        this.types = types;
        this.schemas = schemas;
    }

    @GetMapping
    @Operation(summary = "The JSON Schema of every payload this node sends and receives, by wire name (category/version)")
    ObjectNode all() {
        return schemas.all();
    }

    @GetMapping("/{category}/{version}")
    @Operation(summary = "The JSON Schema of one payload, e.g. alert/1")
    ObjectNode one(@PathVariable String category, @PathVariable int version) {
        return types.all().stream().filter(t -> t.schema().equals(category + "/" + version)).findFirst()
                .map(schemas::of).orElseThrow(() -> new NotFound("payload schema", category + "/" + version));
    }
}
