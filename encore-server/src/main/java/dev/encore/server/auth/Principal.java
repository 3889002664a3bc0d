package dev.encore.server.auth;

/**
 * Who a request acts for. {@code tokenId} is a short prefix of the token hash (safe to log and to key rate limits);
 * {@code userId} is the listener or artist the token belongs to (null for an admin token without a user).
 */
public record Principal(String tokenId, Role role, String userId) {
    /** Whether this principal may read or write {@code userId}'s listening data. */
    public boolean mayActFor(String user) {
        return role == Role.ADMIN || (role == Role.LISTENER && user.equals(userId));
    }

    @Override
    public String toString() {
        return role.wire() + ":" + (userId == null ? "-" : userId) + "@" + tokenId;
    }
}
