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

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
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
            accounts.insert(new StaffAccount(name, shown, encoder.encode(password), roles));
        } catch (DuplicateKeyException taken) {
            throw new AccountRejected("username", "staff.accounts.username.taken");
        }
        log.info("Staff account '{}' with roles {} created by '{}'", name, roles, createdBy);
        return new StaffMember(name, shown, roles);
    }
}
