/**
 * Test doubles for Slack, shared with the e2e tests through this module's test-jar: a local fake of the Web API and
 * Socket Mode ({@link dev.baton.adapters.slack.testing.FakeSlack}), Slack's payload shapes, and signed requests.
 * JDK, Javalin and the protocol's JSON codec only; no Slack SDK type, so the fakes stay independent of Bolt.
 */
package dev.baton.adapters.slack.testing;
