// A service that forwards https://api.clerk.com/v1/... to the checking server, as a proxy Worker would.
export default {
  fetch(request, env) {
    const url = new URL(request.url);
    return fetch(env.API_URL + url.pathname.replace(/^\/v1/, '') + url.search, request);
  },
};
