package org.liaison.documents;

/** What {@link Mrz#read} made of a text: a document, or the reason it is none. */
public sealed interface MrzReading {

    /** The zone was read; its {@link MrzDocument#problems()} may still list failed checks. */
    record Read(MrzDocument document) implements MrzReading {
    }

    /**
     * The text is no zone.
     *
     * @param detail what the reason's message names (a length, a character, a shape or a code)
     */
    record Refused(MrzRefusal reason, String detail) implements MrzReading {

        /** The refusal in English. */
        public String text() {
            return reason.text(detail);
        }
    }
}
