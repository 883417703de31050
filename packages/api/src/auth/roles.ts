import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, userAc } from "better-auth/plugins/admin/access";

/**
 * Roles of the better-auth admin plugin. Moderators act through the portal's own staff procedures
 * (`staffProcedure`), so on better-auth's admin endpoints they have no more rights than a user; only admins
 * manage users, roles and bans there. Nobody may impersonate another person: staff act as themselves, audited.
 */
export const accessControl = createAccessControl(defaultStatements);

export const authRoles = {
  user: accessControl.newRole({ ...userAc.statements }),
  moderator: accessControl.newRole({ ...userAc.statements }),
  admin: accessControl.newRole({
    ...adminAc.statements,
    user: adminAc.statements.user.filter((action) => action !== "impersonate"),
  }),
};
