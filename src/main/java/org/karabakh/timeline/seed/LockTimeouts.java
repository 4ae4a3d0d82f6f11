package org.karabakh.timeline.seed;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.util.Set;

/** Whether a failure is only the database giving up waiting for a lock another transaction holds. */
final class LockTimeouts {

    /** SQL states of a lock wait that gave up: H2's timeout, PostgreSQL's lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("HYT00", "55P03");

    private LockTimeouts() {
    }

    static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof LockAcquisitionException || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
