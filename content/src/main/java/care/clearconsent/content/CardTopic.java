package care.clearconsent.content;

import java.util.List;

/**
 * The questions every AI system's fact card answers for patients, in this order. A card that leaves one out does
 * not pass the checks: a patient is owed each of these answers.
 */
public final class CardTopic {

    public static final List<String> REQUIRED = List.of(
            "what-it-does",      // what it does in my care
            "who-decides",       // it informs or assists; it never replaces the doctor
            "data-used",         // what data about me it uses and where that data goes
            "accuracy",          // how often it is right, as a number, and what that number means
            "limits",            // who it may work less well for: known bias and limits
            "maker",             // who made it, which version, whether it is an approved medical device
            "checks",            // how it is checked and updated
            "choices",           // what I can choose
            "responsibility");   // who is responsible if something goes wrong, and whom to contact

    private CardTopic() {
    }
}
