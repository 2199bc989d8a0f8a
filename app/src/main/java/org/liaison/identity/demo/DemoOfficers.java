package org.liaison.identity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Role;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.liaison.identity.signin.SecretBox;
import org.liaison.identity.signin.Totp;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one officer per role for this node's country, with an authenticator already enrolled, and a
 * file listing their logins and TOTP secrets that the demo launcher prints. The password comes from the
 * launcher ({@code LIAISON_DEMO_PASSWORD}); nothing secret is in the repository. Instances that start together
 * create each officer once ({@link Seeding}).
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoOfficers {

    private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

    record Demo(String username, Role role, String agency, String name, String latin) {
    }

    private static final Map<String, List<Demo>> BY_COUNTRY = Map.of(
            "KH", List.of(
                    new Demo("kh.admin", Role.ADMIN, "KH/MOI", "ចាន់ សុផល", "Chan Sophal"),
                    new Demo("kh.officer", Role.OFFICER, "KH/MOI", "គឹម សុភា", "Kim Sophea"),
                    new Demo("kh.analyst", Role.ANALYST, "KH/MOI", "ហេង ដារ៉ា", "Heng Dara"),
                    new Demo("kh.prosecutor", Role.PROSECUTOR, "KH/SPO", "លី ច័ន្ទថា", "Ly Chanthea"),
                    new Demo("kh.prison", Role.PRISON_OFFICER, "KH/MOI/GDP", "សុខ វិចិត្រ", "Sok Vichet"),
                    new Demo("kh.secretary", Role.COMMITTEE_SECRETARY, "KH/MOI", "ម៉ៅ សុខលី", "Mao Sokly"),
                    new Demo("kh.border", Role.BORDER_OFFICER, "KH/MOI/GDI", "ពៅ រតនា", "Pov Rathana")),
            "LA", List.of(
                    new Demo("la.admin", Role.ADMIN, "LA/MPS", "ສົມພອນ ແກ້ວມະນີ", "Somphone Keomany"),
                    new Demo("la.officer", Role.OFFICER, "LA/MPS", "ບຸນມີ ພົມມະຈັນ", "Bounmy Phommachan"),
                    new Demo("la.analyst", Role.ANALYST, "LA/MPS", "ວັນນະ ສີສຸວັນ", "Vanna Sisouvanh"),
                    new Demo("la.prosecutor", Role.PROSECUTOR, "LA/SPPO", "ຄຳພອນ ວົງສາ", "Khamphone Vongsa"),
                    new Demo("la.prison", Role.PRISON_OFFICER, "LA/MPS/PRI", "ສີດາ ໄຊຍະວົງ", "Sida Xayavong"),
                    new Demo("la.secretary", Role.COMMITTEE_SECRETARY, "LA/MPS", "ນາລີ ພັນທະວົງ", "Naly Phanthavong"),
                    new Demo("la.border", Role.BORDER_OFFICER, "LA/MPS/IMM", "ທອງດີ ແສງສະຫວັນ", "Thongdy Sengsavanh")),
            "VN", List.of(
                    new Demo("vn.admin", Role.ADMIN, "VN/MPS", "Nguyễn Văn An", "Nguyen Van An"),
                    new Demo("vn.officer", Role.OFFICER, "VN/MPS", "Trần Thị Bình", "Tran Thi Binh"),
                    new Demo("vn.analyst", Role.ANALYST, "VN/MPS", "Lê Minh Châu", "Le Minh Chau"),
                    new Demo("vn.prosecutor", Role.PROSECUTOR, "VN/SPP", "Phạm Quốc Dũng", "Pham Quoc Dung"),
                    new Demo("vn.prison", Role.PRISON_OFFICER, "VN/MPS", "Hoàng Thị Hạnh", "Hoang Thi Hanh"),
                    new Demo("vn.secretary", Role.COMMITTEE_SECRETARY, "VN/MPS", "Vũ Đức Khánh", "Vu Duc Khanh"),
                    new Demo("vn.border", Role.BORDER_OFFICER, "VN/MND/BG", "Đặng Văn Long", "Dang Van Long")));

    private final Officers officers;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;
    private final AuditTrail audit;
    private final Seeding seeding;
    private final ThisNode node;
    private final Clock clock;
    private final String password;

    DemoOfficers(Officers officers, PasswordEncoder passwords, SecretBox secrets, AuditTrail audit,
                 Seeding seeding, ThisNode node, Clock clock,
                 @Value("${liaison.demo.password:}") String password) {
        this.officers = officers;
        this.passwords = passwords;
        this.secrets = secrets;
        this.audit = audit;
        this.seeding = seeding;
        this.node = node;
        this.clock = clock;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (password.length() < 12) {
            log.warn("Demo mode without LIAISON_DEMO_PASSWORD (12+ characters): no demo officers created");
            return;
        }
        var demos = BY_COUNTRY.getOrDefault(node.country(), List.of());
        seeding.run("demo-officers", () -> demos.forEach(this::ensure));
        writeLogins(demos);
    }

    private void ensure(Demo demo) {
        if (officers.existsByUsername(demo.username())) {
            return;
        }
        var now = clock.instant();
        var officer = Officer.create(demo.username(), demo.name(), demo.latin(), demo.agency(), Set.of(demo.role()),
                passwords.encode(password), now);
        officer.enrolMfa(secrets.seal(Totp.newSecret()), 0, now);
        officers.insert(officer);
        audit.record(AuditAction.USER_CREATED, "officer:" + demo.username(), "demo officer, role " + demo.role());
    }

    private void writeLogins(List<Demo> demos) {
        var lines = new StringBuilder();
        for (var demo : demos) {
            officers.findByUsername(demo.username()).ifPresent(o -> lines.append(String.format("%-15s %-20s %-11s %s%n",
                    o.username(), demo.role(), o.agencyId(), secrets.open(java.util.Objects.requireNonNull(o.totpSecret())))));
        }
        var file = node.dataDir().resolve("demo-logins.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines.toString());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
