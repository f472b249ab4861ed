package org.beanpress.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A plain, strict XML parser for what the site serves as XML (feeds, sitemaps). */
public final class XmlDocuments {

	private XmlDocuments() {
	}

	/** The document; fails the test on anything that is not well-formed. */
	public static Document parse(String xml) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	/** The text of every element with this local name, in document order. */
	public static List<String> texts(Document document, String localName) {
		var nodes = document.getElementsByTagNameNS("*", localName);
		var texts = new ArrayList<String>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	/** The value of an attribute on every element with this local name. */
	public static List<String> attributes(Document document, String localName, String attribute) {
		var nodes = document.getElementsByTagNameNS("*", localName);
		var values = new ArrayList<String>();
		for (int i = 0; i < nodes.getLength(); i++) {
			var value = ((Element) nodes.item(i)).getAttribute(attribute);
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

}
