package care.clearconsent.staff;

import care.clearconsent.staff.internal.StaffAccount;
import care.clearconsent.staff.internal.StaffAccountRepository;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Staff accounts: administrators create nurses. Passwords are checked, hashed and never kept or logged in clear. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** The demo account's password: published in the README, so never a real account's. */
    public static final String DEMO_PASSWORD = "clearconsent-demo";
    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;

    private final SecurityLog securityLog;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, SecurityLog securityLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.securityLog = securityLog;
    }

    /** The one spelling of a user name: accounts, sign-in and throttling all compare names in this form. */
    public static String normalise(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public List<StaffMember> all() {
        return accounts.findAll(Sort.by("username")).stream()
                .map(account -> new StaffMember(account.username(), account.displayName(), account.roles())).toList();
    }

    public StaffMember createNurse(String username, String displayName, String password, String createdBy) {
        return create(username, displayName, password, List.of(StaffRole.NURSE), createdBy);
    }

    /** Creates an account with the given roles; each problem is refused with the field it concerns. */
    public StaffMember create(String username, String displayName, String password, List<String> roles, String createdBy) {
        String name = normalise(username);
        String shown = displayName.strip();
        List<String> granted = checkedRoles(roles);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejected("username", "staff.accounts.username.invalid");
        }
        if (shown.isEmpty() || shown.length() > MAX_NAME_LENGTH) {
            throw new AccountRejected("displayName", "staff.accounts.name.required");
        }
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountRejected("password", "staff.accounts.password.length");
        }
        if (password.equals(DEMO_PASSWORD) || password.toLowerCase(java.util.Locale.ROOT).contains(name)) {
            throw new AccountRejected("password", "staff.accounts.password.guessable");
        }
        try {
            accounts.insert(new StaffAccount(name, shown, encoder.encode(password), granted));
        } catch (DuplicateKeyException taken) {
            throw new AccountRejected("username", "staff.accounts.username.taken");
        }
        log.info("Staff account '{}' with roles {} created by '{}'", name, granted, createdBy);
        securityLog.record(SecurityEvent.Kind.ACCOUNT_CREATED, name, createdBy, "", granted);
        return new StaffMember(name, shown, granted);
    }

    /**
     * Gives an account exactly these roles. An administrator cannot take the role away from themselves, and the last
     * administrator keeps it, so the institution can never lock itself out of its own settings.
     */
    public StaffMember changeRoles(String username, List<String> roles, String changedBy) {
        StaffAccount account = accounts.findById(normalise(username)).orElseThrow(() -> new AccountRejected("roles", "staff.accounts.unknown"));
        List<String> granted = checkedRoles(roles);
        boolean losesAdmin = account.roles().contains(StaffRole.ADMIN) && !granted.contains(StaffRole.ADMIN);
        if (losesAdmin && account.username().equals(normalise(changedBy))) {
            throw new AccountRejected("roles", "staff.accounts.roles.own-admin");
        }
        if (losesAdmin && accounts.findAll(Sort.by("username")).stream().filter(other -> other.roles().contains(StaffRole.ADMIN)).count() <= 1) {
            throw new AccountRejected("roles", "staff.accounts.roles.last-admin");
        }
        accounts.save(new StaffAccount(account.username(), account.displayName(), account.passwordHash(), granted));
        log.info("Roles of staff account '{}' changed from {} to {} by '{}'", account.username(), account.roles(), granted, changedBy);
        securityLog.record(SecurityEvent.Kind.ROLES_CHANGED, account.username(), changedBy, "", granted);
        return new StaffMember(account.username(), account.displayName(), granted);
    }

    /** Known roles only, at least one, each once, in a fixed order. */
    private static List<String> checkedRoles(List<String> roles) {
        List<String> granted = StaffRole.ALL.stream().filter(roles::contains).toList();
        if (granted.isEmpty() || !StaffRole.ALL.containsAll(roles)) {
            throw new AccountRejected("roles", "staff.accounts.roles.required");
        }
        return granted;
    }
}
