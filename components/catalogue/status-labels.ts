/** How publication and verification states read to people. */
export const PROFILE_STATUS_LABEL = { draft: "Not published yet", published: "Published", hidden: "Hidden from the catalogue" } as const;
export const VERIFICATION_LABEL = { pending: "Waiting for verification", verified: "Verified", rejected: "Not verified" } as const;
export const QUALIFICATION_KIND_LABEL = { education: "Education", certification: "Certification", membership: "Membership" } as const;
