// Keeps the app's own instrumentation (three folders up, inside turbopack's root) out of the floor.
export function register() {}
