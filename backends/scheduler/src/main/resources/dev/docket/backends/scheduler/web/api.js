// The scheduler's read API and the page's one write (a message to a running task). The browser
// sends the docket_token cookie set by /login; a 401 means it is missing or stale.

export class Unauthorized extends Error {
  constructor() {
    super('not logged in');
  }
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  if (response.status === 401) {
    throw new Unauthorized();
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : 'HTTP ' + response.status;
    throw new ApiError(response.status, message);
  }
  return body;
}

export async function get(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  const response = await fetch('/api/' + path + (text ? '?' + text : ''), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'},
  });
  return answer(response);
}

export async function post(path, body) {
  const response = await fetch('/api/' + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
  });
  return answer(response);
}

export function taskPath(key) {
  return 'tasks/' + encodeURIComponent(String(key));
}
