package org.liaison.border.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.border.BorderPasses;
import org.liaison.border.Purpose;
import org.liaison.border.VerificationBundle;
import org.liaison.border.passes.PassVerifier;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Border passes for machines: the server's own verdict on a token, and the trust bundle a reader app syncs. */
@RestController
@Validated
@RequestMapping("/api/v1/border/passes")
@Tag(name = "Border passes", description = "Verify signed border passes; sync the keys and revocation lists")
class PassApi {

    private final BorderPasses passes;

    PassApi(BorderPasses passes) {
        this.passes = passes;
    }

    /** A scanned token, the checkpoint where it is shown and, optionally, the purpose of this crossing. */
    record VerifyRequest(@NotBlank @Size(max = 4096) String token, @NotNull Long checkpoint, @Nullable Purpose purpose) {
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify a pass token: valid, expired, not yet valid, revoked, wrong checkpoint or purpose, forged")
    PassVerifier.Verification verify(@RequestBody @Valid VerifyRequest request) {
        return passes.verify(request.token(), request.checkpoint(), request.purpose());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pass of the agencies the caller covers, with its token once approved")
    org.liaison.border.Pass pass(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        return passes.pass(id);
    }

    @GetMapping("/trust")
    @Operation(summary = "The federation's public keys, the signed revocation lists and the checkpoints, for offline use")
    VerificationBundle trust() {
        return passes.bundle();
    }
}
