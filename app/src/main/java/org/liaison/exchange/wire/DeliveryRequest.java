package org.liaison.exchange.wire;

import java.util.List;

/**
 * The body of a delivery: the envelope and the attachments it lists, in its order. Each file's content
 * travels as base64 in the JSON, decoded while it is read.
 */
public record DeliveryRequest(String envelope, List<File> attachments) {

    /** Where a partner posts deliveries: single ones, batches ({@link BatchRequest}), read notices ({@link NoticeBatch}). */
    public static final String PATH = "/federation/v1/messages";

    public record File(String sha256, byte[] content) {
    }
}
