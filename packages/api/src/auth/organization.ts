import { organization } from "better-auth/plugins/organization";

/**
 * A company is a better-auth organization (tables `organization`, `member`, `invitation`); its business
 * profile lives in `companies`. The person who creates it becomes its owner. Invitation mail and company
 * rules belong to the companies area, which configures this plugin here.
 */
export function companyOrganizationPlugin() {
  return organization({
    allowUserToCreateOrganization: true,
    creatorRole: "owner",
  });
}
