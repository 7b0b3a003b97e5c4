package org.gridgov.dispatch.app;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.gridgov.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open live feeds of this instance (the console's inboxes and case pages) and the case
 * transitions they are told about. Each feed gets only the transitions its caller may see. This is
 * a notification, not a record: a page that missed one (offline, reconnecting) reloads over HTTP.
 */
@Singleton
public class LiveCases {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCases.class);

    /** An open feed; closing it stops the notices. */
    public interface Feed extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(Caller caller, Consumer<CaseNotice> receiver) {
    }

    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final CompletableFuture<Void> listening = new CompletableFuture<>();

    /** Called once this instance reads the case transitions; from then on no transition passes unseen. */
    public void listening() {
        listening.complete(null);
    }

    /** Completes once {@link #listening()} was called; a feed opened earlier is not live yet. */
    public CompletionStage<Void> whenListening() {
        return listening.copy();
    }

    public Feed open(Caller caller, Consumer<CaseNotice> receiver) {
        Subscriber subscriber = new Subscriber(caller, receiver);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void tell(CaseNotice notice) {
        for (Subscriber s : subscribers) {
            if (!notice.visibleTo(s.caller())) {
                continue;
            }
            try {
                s.receiver().accept(notice);
            } catch (RuntimeException e) {
                // one broken connection must not keep the notice from the others
                LOG.debug("a live feed refused a notice; closing it", e);
                subscribers.remove(s);
            }
        }
    }

    public int openFeeds() {
        return subscribers.size();
    }
}
