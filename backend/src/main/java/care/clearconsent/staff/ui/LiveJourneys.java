package care.clearconsent.staff.ui;

import care.clearconsent.consent.JourneyChanged;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes every journey change to the staff screens open in this instance, which then push it to their browsers. The
 * patient's request only hands the change over: the screens are told on a thread of their own, so a slow nurse's
 * browser never slows a patient's tablet.
 */
@Component
class LiveJourneys {

    private final Set<Consumer<JourneyChanged>> screens = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-journeys");
        thread.setDaemon(true);
        return thread;
    });

    Registration register(Consumer<JourneyChanged> screen) {
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    @EventListener
    void on(JourneyChanged changed) {
        screens.forEach(screen -> delivery.execute(() -> screen.accept(changed)));
    }
}
