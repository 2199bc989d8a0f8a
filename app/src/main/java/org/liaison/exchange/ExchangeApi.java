package org.liaison.exchange;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.liaison.shared.Forbidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Messages for systems and scripts of the officer's agency: send, search, read, export the evidence. */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Exchange", description = "Signed, policy-checked messages to partner agencies on other nodes")
class ExchangeApi {

    private final Exchange exchange;
    private final JsonMapper json;

    ExchangeApi(Exchange exchange, JsonMapper json) {
        this.exchange = exchange;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Send a message from the caller's agency; 403 problem if no agreement allows it, nothing queued")
    ResponseEntity<Sent> send(@Valid @RequestBody MessageRequest request) {
        var sender = Actor.current().map(Actor::agencyId).orElseThrow(() -> new Forbidden("only an officer can send"));
        var payload = json.valueToTree(request.payload());
        var message = new OutgoingMessage(AgencyId.of(sender), AgencyId.of(request.recipient()), request.kind(),
                request.category(), request.purpose(), (tools.jackson.databind.JsonNode) payload, request.replyBy(),
                request.inReplyTo(), request.conversation(), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Sent(exchange.send(message)));
    }

    @GetMapping
    @Operation(summary = "Search the message log the caller may see, newest first (box: in, out or all)")
    List<Message> search(@RequestParam(defaultValue = "all") String box, @RequestParam(required = false) @Nullable MessageStatus status,
                         @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        Boolean outgoing = switch (box) { case "in" -> false; case "out" -> true; default -> null; };
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(100, q.strip().length()));
        return exchange.search(new MessageSearch(outgoing, status, text, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message the caller may see")
    Message message(@PathVariable String id) {
        return exchange.message(MessageId.parse(id));
    }

    @GetMapping(path = "/{id}/bundle", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The message with its signed receipt and public keys, verifiable offline (./liaison verify-bundle)")
    String bundle(@PathVariable String id) {
        return exchange.exportBundle(MessageId.parse(id));
    }

    /** The id of a queued message. */
    record Sent(MessageId id) {
    }
}
