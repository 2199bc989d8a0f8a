package org.liaison.exchange.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.exchange.Allowed;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.LegalHold;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageSearch;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Retention;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.SendResult;
import org.liaison.exchange.Sent;
import org.liaison.exchange.schema.PayloadTypes;
import org.liaison.exchange.store.MessageContents;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Messages for systems and scripts of the officer's agency: send, search, read, export the evidence, hold. */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Exchange", description = "Signed, policy-checked messages to partner agencies on other nodes")
class ExchangeApi {

    private final Exchange exchange;
    private final PayloadTypes payloads;
    private final MessageContents contents;

    ExchangeApi(Exchange exchange, PayloadTypes payloads, MessageContents contents) {
        this.exchange = exchange;
        this.payloads = payloads;
        this.contents = contents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a message from the caller's agency; 403 problem if no agreement allows it, nothing queued")
    ResponseEntity<Queued> send(@Valid @RequestBody MessageRequest request) {
        return send(request, List.of());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Send a message with files: part 'message' (application/json, as for a plain send) and up to "
            + OutgoingMessage.MAX_ATTACHMENTS + " parts 'files' (PDF, JPEG, PNG or plain text, each at most 5 MiB, "
            + "checked by content); 400 problem for a file refused, 413 for a request over the upload limit")
    ResponseEntity<Queued> sendWithFiles(@Valid @RequestPart("message") MessageRequest request,
                                       @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files)
            throws IOException {
        var attachments = new ArrayList<Attachment>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (attachments.size() == OutgoingMessage.MAX_ATTACHMENTS) {
                throw new InvalidInput("at most " + OutgoingMessage.MAX_ATTACHMENTS + " attachments per message");
            }
            attachments.add(AttachmentTypes.checked(String.valueOf(file.getOriginalFilename()),
                    String.valueOf(file.getContentType()), file.getBytes()));
        }
        return send(request, attachments);
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whether the message could be sent now, and if not why, without sending or writing anything")
    Clearance check(@Valid @RequestBody MessageRequest request) {
        return Clearance.of(exchange.check(outgoing(request, List.of())));
    }

    @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pass a received message on to another agency under this node's agreements; 403 problem if "
            + "no agreement in force allows it or its handling code keeps it with the recipient")
    ResponseEntity<Queued> forward(@PathVariable String id, @Valid @RequestBody ForwardRequest request) {
        return queued(exchange.forward(MessageId.parse(id), AgencyId.of(request.recipient()), request.purpose()));
    }

    @GetMapping("/{id}/forward/check")
    @Operation(summary = "Whether a received message could be forwarded to the agency for the purpose now, and if not why")
    Clearance checkForward(@PathVariable String id, @RequestParam String recipient, @RequestParam Purpose purpose) {
        return Clearance.of(exchange.checkForward(MessageId.parse(id), AgencyId.of(recipient), purpose));
    }

    @GetMapping("/{id}/attachments/{n}")
    @Operation(summary = "Download the n-th file (1, 2, …) of a message the caller may see; its SHA-256 is in X-Liaison-SHA256")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int n) {
        var messageId = MessageId.parse(id);
        var files = contents.files(exchange.message(messageId));
        if (n < 1 || n > files.size()) {
            throw new NotFound("attachment " + n + " of message", messageId);
        }
        var file = files.get(n - 1);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("X-Liaison-SHA256", file.sha256())
                .body(file.content());
    }

    private ResponseEntity<Queued> send(MessageRequest request, List<Attachment> files) {
        return queued(exchange.send(outgoing(request, files)));
    }

    private OutgoingMessage outgoing(MessageRequest request, List<Attachment> files) {
        var sender = Reach.current().agency().orElseThrow(() -> new Forbidden("only an officer of an agency can send"));
        return new OutgoingMessage(sender, AgencyId.of(request.recipient()), request.kind(), request.category(),
                request.purpose(), payloads.fromFields(request.category(), request.payload()), request.replyBy(),
                request.inReplyTo(), request.conversation(), files, null);
    }

    private static ResponseEntity<Queued> queued(SendResult result) {
        return switch (result) {
            case Sent sent -> ResponseEntity.status(HttpStatus.CREATED).body(new Queued(sent.id(), sent.clause().toString()));
            case Denied denied -> throw denied.asForbidden();
        };
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

    @PutMapping(path = "/{id}/legal-hold", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Keep a message past its retention until released (a prosecutor of its agency or of one above "
            + "it); placing it again replaces the reason. 403 or 404 problem for anyone else, 409 once purged")
    Retention placeHold(@PathVariable String id, @Valid @RequestBody HoldRequest request) {
        return exchange.placeHold(MessageId.parse(id), request.reason()).retention();
    }

    @DeleteMapping("/{id}/legal-hold")
    @Operation(summary = "Release a message's legal hold; the next purge after its date erases it. 409 problem if none")
    Retention releaseHold(@PathVariable String id) {
        return exchange.releaseHold(MessageId.parse(id)).retention();
    }

    /** A queued message: its id and the clause it leaves under. */
    record Queued(MessageId id, String clause) {
    }

    /** Where a received message is to go on, and what for. */
    record ForwardRequest(@NotBlank @jakarta.validation.constraints.Pattern(regexp = AgencyId.PATTERN) String recipient,
                          @jakarta.validation.constraints.NotNull Purpose purpose) {
    }

    /** May it go: under which clause and handling code, or why not (the reason, in words). */
    record Clearance(boolean allowed, @Nullable String clause, @Nullable String handling, @Nullable String why,
                     @Nullable String explanation) {

        static Clearance of(SendCheck check) {
            return switch (check) {
                case Allowed allowed -> new Clearance(true, allowed.clause().toString(), allowed.handling().name(), null, null);
                case Denied denied -> new Clearance(false, denied.closest() == null ? null : denied.closest().toString(),
                        null, denied.why().name(), denied.explanation());
            };
        }
    }

    /** Why a message must be kept: the case or proceedings it is evidence for. */
    record HoldRequest(@NotBlank @Size(max = LegalHold.MAX_REASON) String reason) {
    }
}
