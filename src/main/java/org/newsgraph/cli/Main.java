package org.newsgraph.cli;
public class Main { public static void main(String[] a){} }
