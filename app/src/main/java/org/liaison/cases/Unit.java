package org.liaison.cases;

/** Units a seized quantity is counted in. */
public enum Unit {
    KG, G, TABLETS, LITRES, PIECES, CUBIC_METRES, HEAD
}
