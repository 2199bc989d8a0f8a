package org.liaison.cases;

/** What kind of vehicle or vessel. */
public enum VehicleKind {
    CAR, TRUCK, MOTORCYCLE, BOAT, OTHER
}
