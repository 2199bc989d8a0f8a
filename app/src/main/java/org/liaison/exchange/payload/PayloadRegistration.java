package org.liaison.exchange.payload;

import java.util.List;

/**
 * How a module tells the exchange which payload records it sends and receives: a bean of this type in the module.
 * Each category may be claimed by one module only.
 */
public interface PayloadRegistration {

    List<PayloadType<?>> payloadTypes();
}
