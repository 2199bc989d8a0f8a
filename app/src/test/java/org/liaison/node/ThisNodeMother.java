package org.liaison.node;

/** Builds {@link ThisNode} for unit tests outside the node's package. */
public final class ThisNodeMother {

    private ThisNodeMother() {
    }

    public static ThisNode node(NodeSettings settings) {
        return new ThisNode(settings);
    }
}
