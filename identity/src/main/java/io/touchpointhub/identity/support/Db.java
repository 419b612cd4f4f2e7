package io.touchpointhub.identity.support;

import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.TransientIdentityException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/** One data source with its JDBC template and transaction template, and how to read its failures. */
public final class Db {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Runs the work in one transaction: committed on return, rolled back on any exception. */
    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    /** A deadlock victim or a serialization failure: the same work succeeds when simply run again. */
    public static boolean isRetryableConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The database cannot be reached: nothing is wrong with the work itself. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientIdentityException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The exception to throw for a failure of the named operation, transient when it is. */
    public static IdentityException wrap(String operation, Throwable failure) {
        if (failure instanceof IdentityException identity) {
            return identity;
        }
        if (isRetryableConflict(failure) || isUnavailable(failure)) {
            return new TransientIdentityException(operation + " failed transiently", failure);
        }
        return new IdentityException(operation + " failed", failure);
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Instants travel as ISO-8601 text arrays and are cast to timestamptz[] in SQL. */
    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A short, log-safe reason for a failure: the exception types and messages, never payloads. */
    public static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < 900; t = t.getCause()) {
            if (reason.length() > 0) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage(), 0, Math.min(300, t.getMessage().length()));
            }
        }
        return reason.toString();
    }
}
