package org.crmkit.shared;

/**
 * The thing asked for does not exist in the caller's tenant. An id that exists only in another
 * tenant is reported the same way, so the existence of other tenants' data never leaks.
 *
 * @since 0.1
 */
public class NotFoundException extends CrmException {

    /** See {@link #entity()}. */
    private final String entity;
    /** See {@link #id()}. */
    private final String id;

    /** @param entity what was looked for, e.g. "customer"; @param id the id asked for */
    public NotFoundException(String entity, TenantId tenantId, String id) {
        super("no " + entity + " '" + Texts.abbreviate(id) + "' in tenant " + tenantId);
        this.entity = entity;
        this.id = id;
    }

    /** What was looked for, e.g. {@code customer}. */
    public String entity() {
        return entity;
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }
}
