package care.clearconsent.staff;

/** Roles staff sign in with; views name them in {@code @RolesAllowed}. */
public final class StaffRole {

    public static final String NURSE = "NURSE";

    private StaffRole() {
    }
}
