package org.liaison.exchange;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away certificate authority and node certificates for localhost, as PKCS#12 files. */
final class TestPki {

    static final String PASSWORD = "changeit-test";
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final Path dir;

    TestPki() throws Exception {
        dir = Files.createTempDirectory("liaison-pki");
        caKeys = keyPair();
        ca = certificate("CN=Liaison Test Federation CA", caKeys, "CN=Liaison Test Federation CA", caKeys, true);
    }

    /** A key store with the node's key and a certificate for localhost and 127.0.0.1, signed by the CA. */
    Path nodeKeyStore(String node) throws Exception {
        var keys = keyPair();
        var cert = certificate("CN=" + node, keys, "CN=Liaison Test Federation CA", caKeys, false);
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("node", keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] { cert, ca });
        return save(store, node + "-keys.p12");
    }

    Path trustStore() throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("federation-ca", ca);
        return save(store, "trust.p12");
    }

    private Path save(KeyStore store, String name) throws Exception {
        var file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static KeyPair keyPair() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                               boolean authority) throws Exception {
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(2))),
                new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (!authority) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
        }
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
