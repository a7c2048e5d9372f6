/**
 * Immutable models of checked task classes: the only input of the writers. Built only for
 * classes that validation found clean, so factories may assume a well-formed class.
 */
package dev.docket.processor.model;
