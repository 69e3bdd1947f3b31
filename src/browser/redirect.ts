// A moved page forwards to its new address at once, keeping the #fragment (a meta refresh alone
// would drop it, and with it the finding a syllabus links to).
const target = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
if (target) location.replace(target + location.hash);
